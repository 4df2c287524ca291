"""Translations of an article: each checked like an article, then against its source.

A translation lives in a sub-folder of its article named by its BCP 47 tag (``content/ID/de/``),
with the same kinds of files and the same ids; references may be left out, and are then the
source's. Checked against the source:

- parity: the same section, FAQ, table and reference ids, the same table shapes, the same block
  types in the same order within each section (T301; an item the translation lacks is T304);
- numbers: every number of a translated item (section, FAQ entry, table row) is one of its source
  item's, compared after each language's own number format ("1,5" is 1.5 in German) (T302);
- drift: the lock (``translation.lock``, written by `alsinfo translations mark`) records each
  source item's hash when the translation was marked current; an item whose source changed since
  is stale (T303);
- language: ``language`` in the translation's article.yaml is its folder's tag (T305).

The lock is JSON written by the tool, one item a line, so that a diff shows what was marked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from alsinfo import integrity, walk
from alsinfo.config import Config
from alsinfo.loader import Document
from alsinfo.numbers import NUMBER, numbers
from alsinfo.problems import JsonPath, Problem, ProblemKind, Severity
from alsinfo.schemas import SchemaSet
from alsinfo.snapshot import LOCK_NAME, Snapshot

PARITY = ProblemKind("T301", "translation-parity", Severity.ERROR,
                     "A translation's ids, table shapes or block order differ from its source's.")
NUMBERS = ProblemKind("T302", "translation-numbers", Severity.ERROR,
                      "A number, range, dose or interval in a translated item differs from its source.")
STALE = ProblemKind("T303", "translation-stale", Severity.WARNING,
                    "The source changed since the translation was marked current.")
MISSING = ProblemKind("T304", "translation-missing", Severity.WARNING, "An item of the source the translation lacks.")
LANGUAGE = ProblemKind("T305", "translation-language", Severity.ERROR,
                       "A translation's language is not the tag its folder is named by.")
LOCK = ProblemKind("T306", "translation-lock", Severity.ERROR,
                   "The translation's lock cannot be read: it is written by `alsinfo translations mark` only.")

KINDS = (PARITY, NUMBERS, STALE, MISSING, LANGUAGE, LOCK)
LOCK_VERSION = 1




class Item(NamedTuple):
    """A thing a translation carries over from its source: a section, an FAQ entry, a table or a reference."""

    key: str  # "section:ID", "faq:ID", "table:ID", "reference:ID"
    kind: str  # the kind of file it is in
    path: JsonPath
    data: dict[str, Any]  # what its hash is of (a section without its sub-sections)


def items(documents: Mapping[str, Any]) -> dict[str, Item]:
    """The items of an article's files' data, by key, in reading order."""
    found: dict[str, Item] = {}
    article = documents.get("article")
    if isinstance(article, dict):  # the article's own words: title, summary, disclaimer, call to action
        own = {key: article[key] for key in _ARTICLE_TEXTS if key in article}
        found["article:page"] = Item("article:page", "article", (), own)
    for kind, data in documents.items():
        if kind not in ("sections", "faq", "tables", "references"):
            continue
        for thing in walk.things(kind, data):
            word = {"sections": "section", "faq": "faq", "tables": "table", "references": "reference"}[kind]
            if thing.type in ("section", "FAQ entry", "table", "reference") and thing.owner:
                own = {key: value for key, value in thing.data.items() if key != "sections"}
                found.setdefault(f"{word}:{thing.owner}", Item(f"{word}:{thing.owner}", kind, thing.path, own))
    return found


_ARTICLE_TEXTS = ("title", "headline", "summary", "disclaimer", "call_to_action")
# What a translated reference must keep as its source has it: where the work is and what it is.
_REFERENCE_FACTS = ("url", "identifiers", "year", "date", "volume", "issue", "pages", "accessed")


def item_hash(item: Item) -> str:
    text = json.dumps(item.data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def describe(key: str) -> str:
    if key == "article:page":
        return "the article's title, summary, disclaimer and call to action"
    word, _, ident = key.partition(":")
    return f"{ {'faq': 'FAQ entry'}.get(word, word)} '{ident}'"


def _places(item: Item) -> list[list[tuple[JsonPath, str]]]:
    """An item's texts grouped by place (the title, each block, each field, each table cell), each
    text as the words a reader sees (links and citation markers left out): a translation keeps each
    number in its place, so numbers are compared place by place."""
    from alsinfo.inline import plain

    if item.kind == "sections":
        places = [[((*item.path, "title"), item.data.get("title", ""))]]
        for index, block in walk.items(item.data, "blocks"):
            spec = walk.BLOCKS.get(str(block.get("type")))
            places.append([((*item.path, "blocks", index, *path), plain(value) if text.inline else value)
                           for text in (spec.texts if spec else ()) for path, value in walk.expand(block, text.pattern)
                           if isinstance(value, str)])
        return places
    if item.kind == "tables":
        return [[((*item.path, *path), value)] for pattern in (("title",), ("columns", "*"), ("rows", "*", "*"))
                for path, value in walk.expand(item.data, pattern) if isinstance(value, str)]
    if item.kind == "article":
        return [[(path, value)] for path, value in _strings(item.data, ())]
    _, _, spec = walk.ITEMS[item.kind]
    return [[((*item.path, *path), plain(value) if text.inline else value)]
            for text in spec.texts for path, value in walk.expand(item.data, text.pattern) if isinstance(value, str)]


def _strings(data: Any, path: JsonPath) -> list[tuple[JsonPath, str]]:
    if isinstance(data, str):
        return [(path, data)]
    if isinstance(data, dict):
        return [found for key, value in data.items() if key != "url" for found in _strings(value, (*path, key))]
    return []


# --- the lock ----------------------------------------------------------------------------------

class LockEntry(NamedTuple):
    hash: str
    marked: str  # ISO day


def read_lock(raw: bytes) -> dict[str, LockEntry]:
    """The lock's entries; raises ValueError when it is not a lock this tool wrote."""
    if len(raw) > 1024 * 1024:
        raise ValueError("it is larger than any lock alsinfo writes")
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise ValueError("it is nested too deeply") from None
    if not isinstance(data, dict) or type(data.get("version")) is not int or data.get("version") != LOCK_VERSION \
            or not isinstance(data.get("items"), dict) or set(data) - {"version", "written_by", "items"}:
        raise ValueError(f"it is not a version {LOCK_VERSION} lock")
    entries = {}
    for key, value in data["items"].items():
        if not (isinstance(value, dict) and isinstance(value.get("hash"), str)
                and isinstance(value.get("marked"), str) and _is_day(value["marked"])):
            raise ValueError(f"its entry for '{key}' is not a hash and a date")
        entries[key] = LockEntry(value["hash"], value["marked"])
    return entries


def _is_day(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def lock_text(source: Mapping[str, Any], translated: Mapping[str, Any], previous: Mapping[str, LockEntry],
              keys: set[str] | None, today: dt.date) -> str:
    """The lock after marking ``keys`` (every item the translation has, when None) current against
    ``source`` as it is today; an item the translation lacks is never marked."""
    current = items(source)
    has = items(translated)
    entries = {key: entry for key, entry in previous.items() if key in current}
    for key, item in current.items():
        if (keys is None or key in keys) and (key in has or key.startswith("reference:")):
            entries[key] = LockEntry(item_hash(item), today.isoformat())
    lines = ",\n".join(f"    {json.dumps(key)}: "
                       + json.dumps({"hash": entry.hash, "marked": entry.marked}, separators=(", ", ": "))
                       for key, entry in sorted(entries.items()))
    return (f'{{\n  "version": {LOCK_VERSION},\n  "written_by": "alsinfo translations mark: do not edit",\n'
            f'  "items": {{\n{lines}\n  }}\n}}\n')


# --- status ----------------------------------------------------------------------------------

class Status(NamedTuple):
    """Where a translation stands against its source, item by item."""

    current: list[str]
    stale: list[str]
    missing: list[str]
    extra: list[str]


def status(source: Mapping[str, Any], translated: Mapping[str, Any], lock: Mapping[str, LockEntry] | None) -> Status:
    mine, theirs = items(translated), items(source)
    if "references" not in translated:  # left out: the source's are shared
        theirs = {key: item for key, item in theirs.items() if not key.startswith("reference:")}
    current: list[str] = []
    stale: list[str] = []
    for key, item in theirs.items():
        if key in mine:
            entry = (lock or {}).get(key)
            (current if entry is not None and entry.hash == item_hash(item) else stale).append(key)
    return Status(current, stale, [key for key in theirs if key not in mine],
                  [key for key in mine if key not in theirs])


# --- the checks --------------------------------------------------------------------------------

class Translated(NamedTuple):
    problems: list[Problem]
    horizons: list[dt.date | None]
    files: list[int]  # content files checked, per translation
    data: dict[str, dict[str, Any]]  # by language: the translation's files' data, for the readers


def check_translations(snapshot: Snapshot, source: Mapping[str, Document] | None, *, schemas: SchemaSet,
                       today: dt.date, config: Config | None) -> Translated:
    """Check each translation of an article; ``source`` is the article's documents when it is sound
    (the comparisons need a sound source), else None."""
    from alsinfo.check import load_folder

    out = Translated([], [], [], {})
    for language, translation in sorted(snapshot.translations.items()):
        prefix = f"{language}/"
        loaded = load_folder(translation, schemas, prefix=prefix, people=False)
        out.problems.extend(loaded.problems)
        out.files.append(len(translation.present()))
        documents, everything = dict(loaded.documents), dict(loaded.loaded)
        if source is not None:
            for kind in ("references", "people"):  # shared with the source where the translation has none
                if kind in source and kind not in translation.present():
                    documents[kind] = everything[kind] = source[kind]
        # Shared files the source has count as there even when they are broken: the source's own
        # problems say so, and the translation's links into them are then not judged.
        shared = {"references"} & set(snapshot.present()) | ({"people"} if snapshot.people is not None else set())
        present = frozenset(translation.present()) | frozenset(shared - set(translation.present()))
        out.problems.extend(problem for problem in integrity.check_article(
            everything, valid=frozenset(documents), present=present, today=today, images=snapshot.images)
            if problem.rule != integrity.UNUSED_IMAGE.rule and problem.file.startswith(prefix))
        sound = not any(p.severity is Severity.ERROR for p in loaded.problems) and \
            {"article", "sections"} <= set(documents) and set(documents) >= translation.present()
        if source is None or not sound:
            continue
        out.horizons.append(integrity.date_horizon(documents, today))
        out.problems.extend(_against_source(language, source, documents, translation))
        if config is not None:
            from alsinfo.editorial import check_rules
            from alsinfo.model import build_article

            article = build_article(snapshot.article_id, {kind: document.data for kind, document in documents.items()})
            ruled = check_rules(article, documents, translation.folder, today=today, config=config)
            out.problems.extend(problem for problem in ruled.problems if problem.file.startswith(prefix))
            out.horizons.append(ruled.valid_until)
        out.data[language] = {kind: document.data for kind, document in documents.items()
                              if document.file.startswith(prefix)}
    return out


def _at(kind: ProblemKind, document: Document, path: JsonPath, message: str, phrase: str | None = None) -> Problem:
    where = document.locate_phrase(path, phrase) if phrase else document.locate(path)
    return kind.at(document.file, where.line, where.column, path, message)


def _against_source(language: str, source: Mapping[str, Document], documents: Mapping[str, Document],
                    translation: Snapshot) -> Iterator[Problem]:
    article = documents["article"]
    written = article.data.get("language")
    if isinstance(written, str) and written.lower() != language.lower():
        yield _at(LANGUAGE, article, ("language",), f"the translation in '{language}/' says its language is "
                                                    f"'{written}'; the folder and `language` must be the same tag")
    elif str(source["article"].data.get("language", "")).lower() == language.lower():
        yield _at(LANGUAGE, article, ("language",), f"'{language}/' is in the source's own language; a "
                                                    "translation is into another language")
    source_data = {kind: document.data for kind, document in source.items()}
    mine_data = {kind: document.data for kind, document in documents.items()
                 if document.file.startswith(f"{language}/")}
    mine, theirs = items(mine_data), items(source_data)
    source_language = str(source["article"].data.get("language", "en"))
    for key, item in mine.items():
        document = documents[item.kind]
        if key not in theirs:
            yield _at(PARITY, document, (*item.path, "id"), f"{describe(key)} is not in the source; a translation "
                                                            "has the source's items and no others")
            continue
        yield from _parity(document, item, theirs[key])
        yield from _numbers(document, item, theirs[key], language, source_language)
    for key, item in theirs.items():
        if key not in mine and not (key.startswith("reference:") and "references" not in mine_data):
            target = documents[item.kind] if item.kind in mine_data else article
            path: JsonPath = (_LIST_KEYS[item.kind],) if item.kind in mine_data else ()
            yield _at(MISSING, target, path, f"{describe(key)} of the source is missing from the '{language}' "
                                             "translation")
    yield from _drift(language, documents, translation, theirs, mine)


_LIST_KEYS = {"sections": "sections", "faq": "entries", "tables": "tables", "references": "references"}


def _parity(document: Document, mine: Item, theirs: Item) -> Iterator[Problem]:
    if mine.kind == "sections":
        ours = [block.get("type") for _, block in walk.items(mine.data, "blocks")]
        source = [block.get("type") for _, block in walk.items(theirs.data, "blocks")]
        if ours != source:
            yield _at(PARITY, document, (*mine.path, "blocks"),
                      f"{describe(mine.key)} has the blocks {', '.join(map(str, ours)) or 'none'}; the source has "
                      f"{', '.join(map(str, source)) or 'none'}, in that order")
    elif mine.kind == "references":
        changed = [key for key in _REFERENCE_FACTS if mine.data.get(key) != theirs.data.get(key)]
        if changed:
            yield _at(PARITY, document, mine.path, f"{describe(mine.key)} gives another {', '.join(changed)} than "
                                                   "the source; a translated reference is the same work")
    elif mine.kind == "tables":
        shape = (len(mine.data.get("columns", [])), len(mine.data.get("rows", [])))
        source_shape = (len(theirs.data.get("columns", [])), len(theirs.data.get("rows", [])))
        if shape != source_shape:
            yield _at(PARITY, document, mine.path, f"{describe(mine.key)} has {shape[0]} columns and {shape[1]} "
                                                   f"rows; the source has {source_shape[0]} and {source_shape[1]}")


def _numbers(document: Document, mine: Item, theirs: Item, language: str, source_language: str) -> Iterator[Problem]:
    """Every number of the translated item is its source's, place by place (a block, a field, a
    table cell): a number moved to another place is caught as well as a changed one."""
    for place, source_place in zip(_places(mine), _places(theirs), strict=False):
        yield from _compare(document, mine, place, [text for _, text in source_place], language, source_language)


def _compare(document: Document, mine: Item, texts: list[tuple[JsonPath, str]], source_texts: list[str],
             language: str, source_language: str) -> Iterator[Problem]:
    source_numbers = [number for text in source_texts for number in numbers(text, source_language)]
    mine_numbers = [number for _, text in texts for number in numbers(text, language)]
    wanted = Counter(number.partition(" ")[0] for number in source_numbers)
    found = Counter(number.partition(" ")[0] for number in mine_numbers)
    # A unit symbol the translation writes ('mg', '%') must be the source's for that number; one
    # written in the language's own script ('мг') is not compared.
    with_units = Counter(number for number in mine_numbers if " " in number)
    wrong_units = with_units - Counter(number for number in source_numbers if " " in number)
    if (found == wanted and not wrong_units) or not texts:
        return
    extra, lacking = found - wanted, wanted - found
    if not extra and not lacking:
        extra = wrong_units
        lacking = Counter(number for number in source_numbers if " " in number
                          and number.partition(" ")[0] in {unit.partition(" ")[0] for unit in wrong_units})
    path, phrase = texts[0][0], None
    for text_path, text in texts:
        written = [match.group() for match in NUMBER.finditer(text)]
        read = numbers(text, language)
        if written and any(n in extra or n.partition(" ")[0] in extra for n in read):
            path, phrase = text_path, next((w for w in written if numbers(w, language)[:1] and
                                            numbers(w, language)[0].partition(" ")[0] in
                                            {e.partition(" ")[0] for e in extra}), None)
            break
    where = _place_name(path, mine)
    said = ", ".join(sorted(extra.elements())) or "nothing"
    source = ", ".join(sorted(lacking.elements())) or "nothing more"
    yield _at(NUMBERS, document, path, f"{describe(mine.key)}{where}: the translation says {said} where the source "
                                       f"says {source}; numbers, doses and intervals must match the source", phrase)


def _place_name(path: JsonPath, item: Item) -> str:
    if item.kind == "tables" and "rows" in path:
        index = path.index("rows")
        return f", row {int(path[index + 1]) + 1}, column {int(path[index + 2]) + 1}"
    if item.kind == "tables" and "columns" in path:
        return f", column heading {int(path[-1]) + 1}"
    if "blocks" in path:
        return f", block {int(path[path.index('blocks') + 1]) + 1}"
    return ""


def _drift(language: str, documents: Mapping[str, Document], translation: Snapshot, theirs: Mapping[str, Item],
           mine: Mapping[str, Item]) -> Iterator[Problem]:
    article = documents["article"]
    if translation.lock is None:
        yield _at(STALE, article, (), f"the '{language}' translation has never been marked current against its "
                                      f"source; when it is, run `alsinfo translations mark --article "
                                      f"{translation.folder.parent.name} {language}`")
        return
    if isinstance(translation.lock, str):
        yield LOCK.at(f"{language}/{LOCK_NAME}", 1, 1, (), f"the lock cannot be read: {translation.lock}")
        return
    try:
        lock = read_lock(translation.lock)
    except (ValueError, UnicodeDecodeError) as error:
        yield LOCK.at(f"{language}/{LOCK_NAME}", 1, 1, (), f"the lock is not one alsinfo wrote ({error}); "
                                                          "write it again with `alsinfo translations mark`")
        return
    for key, item in theirs.items():
        if key not in mine:
            continue
        entry = lock.get(key)
        if entry is None:
            message = f"{describe(key)} has not been marked current since it was translated"
        elif entry.hash != item_hash(item):
            message = (f"{describe(key)} changed in the source after the translation was marked current on "
                       f"{entry.marked}")
        else:
            continue
        yield _at(STALE, documents[mine[key].kind], (*mine[key].path, "id"), message)


class Translations(NamedTuple):
    """An article's source data and its translations' data and locks, as the files hold them now."""

    source: dict[str, Any]
    translations: dict[str, tuple[dict[str, Any], dict[str, LockEntry] | None]]
    source_sound: bool = True  # every source file loaded and fits its schema
    unreadable_locks: frozenset[str] = frozenset()


def read_translations(snapshot: Snapshot, schemas: SchemaSet) -> Translations:
    """The source's and each translation's files' data (those that load) and locks (those that read)."""
    from alsinfo.check import load_folder

    loaded_source = load_folder(snapshot, schemas, people=False)
    source = {kind: document.data for kind, document in loaded_source.loaded.items()}
    found: dict[str, tuple[dict[str, Any], dict[str, LockEntry] | None]] = {}
    unreadable = set()
    for language, translation in sorted(snapshot.translations.items()):
        loaded = load_folder(translation, schemas, prefix=f"{language}/", people=False).loaded
        lock = None
        if isinstance(translation.lock, bytes):
            try:
                lock = read_lock(translation.lock)
            except (ValueError, UnicodeDecodeError):
                unreadable.add(language)
        elif isinstance(translation.lock, str):
            unreadable.add(language)
        found[language] = ({kind: document.data for kind, document in loaded.items()}, lock)
    return Translations(source, found, not loaded_source.problems, frozenset(unreadable))


def resolve_items(source: Mapping[str, Any], names: list[str]) -> tuple[set[str], list[str]]:
    """The item keys that ``names`` (ids, or keys such as 'section:ID') mean, and the names that mean none."""
    keys = items(source)
    chosen: set[str] = set()
    unknown = []
    for name in names:
        matching = [key for key in keys if key == name or key.partition(":")[2] == name]
        chosen.update(matching)
        if not matching:
            unknown.append(name)
    return chosen, unknown
