"""Checks across the files of one article: unique ids, links that resolve, table shapes, dates."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo import walk
from alsinfo.loader import Document
from alsinfo.problems import JsonPath, Problem, ProblemKind, Severity
from alsinfo.snapshot import IMAGE_LIMIT

DUPLICATE_ID = ProblemKind("I301", "duplicate-id", Severity.ERROR, "Two things in one article share an id.")
UNKNOWN_LINK = ProblemKind("I302", "unresolved-link", Severity.ERROR, "A link names an id that does not exist.")
ROW_LENGTH = ProblemKind("I303", "row-length", Severity.ERROR, "A table row has more or fewer cells than columns.")
INVALID_DATE = ProblemKind("I306", "invalid-date", Severity.ERROR, "A date that is not on the calendar.")
FUTURE_DATE = ProblemKind("I307", "future-date", Severity.ERROR, "A publication or review date in the future.")
DATE_ORDER = ProblemKind("I308", "review-before-publication", Severity.WARNING,
                         "The last review is dated before the first publication.")

INLINE_MARKUP = ProblemKind("I309", "inline-markup", Severity.ERROR,
                            "Inline markup that is not allowed: a link that is not a web address, raw HTML, "
                            "an empty citation marker.")
IMAGE_FILE = ProblemKind("I310", "image-file", Severity.ERROR,
                         "An image block's file is missing, too large, or not a PNG, JPEG, GIF or WebP image.")
UNPLACED = ProblemKind("I311", "unplaced", Severity.WARNING,
                       "A table or FAQ entry that no block places in the text.")
UNUSED_IMAGE = ProblemKind("I312", "unused-image", Severity.WARNING, "An image file that no image block shows.")

HIDDEN_CHARACTER = ProblemKind("I313", "hidden-character", Severity.ERROR,
                               "A control, bidirectional or zero-width character in a text (written as a YAML escape).")

KINDS = (DUPLICATE_ID, UNKNOWN_LINK, ROW_LENGTH, INVALID_DATE, FUTURE_DATE, DATE_ORDER, INLINE_MARKUP, IMAGE_FILE,
         UNPLACED, UNUSED_IMAGE, HIDDEN_CHARACTER)

# Where each kind of content keeps the things other files link to, and what readers call them.
_TARGET_WORDS = {"sections": "section", "tables": "table", "faq": "FAQ entry", "references": "reference",
                 "people": "person"}


def _problem(kind: ProblemKind, document: Document, path: JsonPath, message: str) -> Problem:
    position = document.locate(path)
    return kind.at(document.file, position.line, position.column, path, message)


def walk_sections(data: Any, path: JsonPath = ("sections",)) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
    """Every section, depth first in reading order, with its JSON path (``data`` a list of sections
    or a file's data holding one)."""
    return walk.sections({"sections": data} if isinstance(data, list) else data, path)


def check_article(documents: Mapping[str, Document], *, valid: frozenset[str], present: frozenset[str],
                  today: dt.date, images: Mapping[str, bytes | str] | None = None) -> list[Problem]:
    """Cross-file problems of one article.

    ``documents`` holds every file that loaded; ``valid`` names the kinds whose file also fits its
    schema; ``present`` every kind whose file exists; ``images`` the image files in the folder, by
    name, with their bytes (or why they could not be read). Links are checked from every file, but
    only into files that fit their schema: one that does not is reported by the schema, and an id
    its broken entries miss would make false "unknown link" errors.
    """
    problems: list[Problem] = []
    ids_by_kind: dict[str, set[str]] = {kind: set() for kind in _TARGET_WORDS}
    first_seen: dict[tuple[bool, str], tuple[Document, JsonPath]] = {}
    for kind, document in documents.items():
        for path, ident in walk.ids(kind, document.data):
            if kind in ids_by_kind:
                ids_by_kind[kind].add(ident)
            key = (kind == "people", ident)  # people are named across articles: their ids apart
            if key in first_seen:
                other, other_path = first_seen[key]
                where = other.locate(other_path)
                problems.append(_problem(DUPLICATE_ID, document, path,
                                         f"id '{ident}' is already used in {other.file} at line {where.line}; "
                                         "ids must be unique within the article"))
            else:
                first_seen[key] = (document, path)
    data = {kind: document.data for kind, document in documents.items()}
    placed: set[tuple[str, str]] = set()
    for link in walk.links(data):
        if link.target in ("tables", "faq") and link.kind == "sections":
            placed.add((link.target, link.id))
        problems.extend(_check_link(documents[link.kind], link, valid, present, ids_by_kind))
    for text in walk.texts(data):
        if text.spec.inline:
            problems.extend(_check_markup(documents[text.kind], text))
    if "sections" in valid:
        problems.extend(_unplaced(documents, valid, placed))
        problems.extend(_check_images(documents["sections"], images or {}))
    for kind, document in documents.items():
        problems.extend(_hidden_characters(document))
        if kind == "tables":
            problems.extend(_check_rows(document))
        if kind == "article" and kind in valid:  # a date of the wrong form is the schema's to report
            problems.extend(_check_dates(document, today))
    return problems


def _check_link(document: Document, link: walk.Link, valid: frozenset[str], present: frozenset[str],
                ids_by_kind: Mapping[str, set[str]]) -> Iterator[Problem]:
    word = _TARGET_WORDS[link.target]
    file_name = f"{link.target}.yaml" if link.target != "people" else "people.yaml at the content root"
    if link.target not in present:
        message = f"links to {word} '{link.id}', but this article has no {file_name}"
    elif link.target in valid and link.id not in ids_by_kind[link.target]:
        guess = difflib.get_close_matches(link.id, sorted(ids_by_kind[link.target]), n=1)
        hint = f" (did you mean '{guess[0]}'?)" if guess else ""
        message = f"links to {word} '{link.id}', which is not in {file_name}{hint}"
    else:
        return
    position = document.locate_phrase(link.path, link.phrase) if link.phrase else document.locate(link.path)
    yield UNKNOWN_LINK.at(document.file, position.line, position.column, link.path, message)


_MARKUP_ADVICE = {
    "unsafe-link": "links must go to a web address starting with https:// (written without spaces, "
                   "quotes or angle brackets); it is shown as its words only",
    "raw-html": "HTML is not allowed in text; it is shown as the characters written. Use *emphasis*, "
                "**strong** or [words](https://…) instead",
    "empty-marker": "a citation marker names a reference by its id, e.g. [@reference-id]",
}


def _check_markup(document: Document, text: walk.Text) -> Iterator[Problem]:
    from alsinfo import inline

    for issue in inline.issues(text.value):
        if issue.kind in _MARKUP_ADVICE:
            position = document.locate_phrase(text.path, issue.text)
            yield INLINE_MARKUP.at(document.file, position.line, position.column, text.path,
                                   f"'{issue.text}' in a {text.spec.role}: {_MARKUP_ADVICE[issue.kind]}")


def _unplaced(documents: Mapping[str, Document], valid: frozenset[str],
              placed: set[tuple[str, str]]) -> Iterator[Problem]:
    sections_say_all = any(block.get("type") == "faq" and "entries" not in block
                           for _, section in walk.sections(documents["sections"].data)
                           for _, block in walk.items(section, "blocks"))
    for kind, key, word in (("tables", "tables", "table"), ("faq", "entries", "FAQ entry")):
        if kind not in valid or (kind == "faq" and sections_say_all):
            continue
        for index, item in walk.items(documents[kind].data, key):
            if (kind, item.get("id")) not in placed:
                yield _problem(UNPLACED, documents[kind], (key, index, "id"),
                               f"{word} '{item.get('id')}' is not placed in the text: no block in sections.yaml "
                               f"shows it, so readers find it only at the end of the page. Place it with "
                               f"`- type: {'table' if kind == 'tables' else 'faq'}` where it belongs")


_IMAGE_SIGNATURES = (("PNG", b"\x89PNG\r\n\x1a\n"), ("JPEG", b"\xff\xd8\xff"), ("GIF", b"GIF87a"),
                     ("GIF", b"GIF89a"))


def image_format(raw: bytes) -> str | None:
    """The image format ``raw`` is, by its first bytes (never by a file's name), or None."""
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return "WebP"
    return next((name for name, signature in _IMAGE_SIGNATURES if raw.startswith(signature)), None)


def _check_images(document: Document, images: Mapping[str, bytes | str]) -> Iterator[Problem]:
    shown = set()
    for thing in walk.things("sections", document.data):
        if thing.type != "image" or not isinstance(thing.data.get("file"), str):
            continue
        name = thing.data["file"]
        shown.add(name)
        path = (*thing.path, "file")
        found = images.get(name)
        if found is None:
            yield _problem(IMAGE_FILE, document, path, f"image file '{name}' is not in the article folder")
        elif isinstance(found, str):
            yield _problem(IMAGE_FILE, document, path, f"image file '{name}' cannot be used: {found}")
        elif len(found) > IMAGE_LIMIT:
            yield _problem(IMAGE_FILE, document, path, f"image file '{name}' is larger than "
                           f"{IMAGE_LIMIT // (1024 * 1024)} MB; make it smaller for readers on phones")
        elif image_format(found) is None:
            yield _problem(IMAGE_FILE, document, path, f"'{name}' is not a PNG, JPEG, GIF or WebP image "
                           "(judged by its contents, not its name)")
    for name in sorted(set(images) - shown):
        yield UNUSED_IMAGE.at(name, 1, 1, (), "no image block shows this image; show it with "
                              f"`- type: image` and `file: {name}`, or remove it")


def _hidden_characters(document: Document) -> Iterator[Problem]:
    """Texts holding characters no reader sees but a terminal or a page acts on (an escape sequence,
    a right-to-left override that reorders what is shown): YAML's escapes ("\\e", "\\u202e") let
    them into a file that holds none as raw bytes (L103)."""
    import unicodedata

    from alsinfo.render.safe import hidden_character

    # A text can hold such a character only if the file does, raw or as an escape ("\\e", "\\x1b",
    # "\\u202e", all with a backslash): most files have neither, and need no walk.
    if "\\" not in document.source and hidden_character(document.source.replace("\t", " ").replace("\n", " ")
                                                         .replace("\r", " ")) is None:
        return
    for path, text in walk.strings(document.data):
        found = hidden_character(text)
        if found is not None:
            name = unicodedata.name(found, "a control character")
            yield _problem(HIDDEN_CHARACTER, document, path,
                           f"the text holds U+{ord(found):04X} ({name}), which readers do not see but which "
                           "can change how the text is shown; remove it")


def _check_rows(document: Document) -> Iterator[Problem]:
    for index, table in walk.items(document.data, "tables"):
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
    if article is not None and any(value is not None and value > today
                                   for key, _, value in _dates(article) if key in _PAST_DATES):
        return today
    return None


_PAST_DATES = ("published", "last_reviewed")  # dates that cannot lie ahead (next_review may)


def _dates(document: Document) -> Iterator[tuple[str, str, dt.date | None]]:
    """Each date the article gives: its key, its text, and the date (None when it is not a real one)."""
    for key in (*_PAST_DATES, "next_review"):
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
        if value > today and key in _PAST_DATES:
            yield _problem(FUTURE_DATE, document, (key,),
                           f"'{key}' is {text}, which is in the future (today is {today.isoformat()})")
        dates[key] = value
    if "published" in dates and "last_reviewed" in dates and dates["last_reviewed"] < dates["published"]:
        yield _problem(DATE_ORDER, document, ("last_reviewed",),
                       f"'last_reviewed' ({dates['last_reviewed']}) is before 'published' ({dates['published']})")
