"""Check one article from its snapshot: load each file, validate it, cross-check the article, run the rules.

``check_article`` is pure: it reads nothing but the snapshot it is given, so a verdict can be cached
under exactly the bytes it was made from. Its problems name files relative to the article folder
("faq.yaml"; "" for the folder itself); a path is made relative to the reader's folder only when
it is shown.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from typing import NamedTuple

from alsinfo import integrity
from alsinfo.config import Config
from alsinfo.content import KINDS, REQUIRED_KINDS, SUFFIX
from alsinfo.loader import UNREADABLE, Document, load_bytes
from alsinfo.problems import Problem, ProblemKind, Severity
from alsinfo.results import Verdict
from alsinfo.schemas import SchemaSet
from alsinfo.snapshot import PEOPLE_NAME, Snapshot

MISSING_FILE = ProblemKind("I304", "missing-file", Severity.ERROR, "An article folder lacks a required file.")
UNKNOWN_FILE = ProblemKind("I305", "unknown-file", Severity.ERROR, "An article folder holds an unknown file.")

KINDS_OF_PROBLEMS = (MISSING_FILE, UNKNOWN_FILE)
PEOPLE_FILE = f"../{PEOPLE_NAME}"  # as problems name it: relative to the article folder


class Loaded(NamedTuple):
    """The files of one folder (an article's or a translation's) as loaded and validated."""

    problems: list[Problem]
    documents: dict[str, Document]  # the files that loaded and fit their schema
    loaded: dict[str, Document]  # every file that loaded, for the checks across files


def load_folder(snapshot: Snapshot, schemas: SchemaSet, *, prefix: str = "", required: tuple[str, ...] = REQUIRED_KINDS,
                people: bool = True) -> Loaded:
    """Load and validate each content file of a snapshot (and the root's people.yaml); problems name
    files ``prefix`` + name ("de/faq.yaml" in a translation)."""
    out = Loaded([], {}, {})

    def load(kind: str, raw: bytes, name: str) -> None:
        result = load_bytes(raw, name)
        file_problems = list(result.problems)
        if result.document is not None:
            out.loaded[kind] = result.document
            file_problems.extend(schemas.check(kind, result.document))
            if not file_problems:
                out.documents[kind] = result.document
        out.problems.extend(file_problems)

    for kind in KINDS:
        name = f"{prefix}{kind}{SUFFIX}"
        if kind in snapshot.unreadable:
            out.problems.append(UNREADABLE.at(name, 1, 1, (), snapshot.unreadable[kind]))
        elif kind in snapshot.files:
            load(kind, snapshot.files[kind], name)
        elif kind in required:
            out.problems.append(MISSING_FILE.at(name, 1, 1, (), f"missing file: every article needs {kind}{SUFFIX}"))
    if people and isinstance(snapshot.people, str):
        out.problems.append(UNREADABLE.at(PEOPLE_FILE, 1, 1, (), snapshot.people))
    elif people and isinstance(snapshot.people, bytes):
        load("people", snapshot.people, PEOPLE_FILE)
    return out


def check_article(snapshot: Snapshot, *, schemas: SchemaSet, today: dt.date,
                  config: Config | None = None) -> Verdict:
    """Load, validate and cross-check one article and its translations; when it is sound, build its
    model and run the editorial rules on it.

    ``config`` None means no editorial rules (structure only); ``Config()`` means every rule with
    its defaults.
    """
    if snapshot.error is not None:
        problem = UNREADABLE.at("", 1, 1, (), f"the article folder cannot be listed: {snapshot.error}")
        return Verdict((problem,), 0, None, None, None)
    source = load_folder(snapshot, schemas)
    problems, documents, loaded = source
    structural_errors = any(p.severity is Severity.ERROR for p in problems)  # a file that did not load or fit
    problems.extend(_unknown_entry(entry) for entry in snapshot.listing if _is_unknown(entry, snapshot.translations))
    present = snapshot.present() | ({"people"} if snapshot.people is not None else set())
    problems.extend(integrity.check_article(loaded, valid=frozenset(documents), present=present, today=today,
                                            images=snapshot.images))
    horizons = [integrity.date_horizon(documents, today)]  # the last days the date checks hold
    # The rules read the model, which needs every file loaded and fitting its schema; errors across
    # files (a broken link, a duplicate id, an impossible date) do not stop them, so that one run
    # reports those and the rules' findings together.
    sound = set(documents) == present and set(REQUIRED_KINDS) <= present and not structural_errors
    article = data = None
    if sound:
        from alsinfo.model import build_article

        data = {kind: document.data for kind, document in documents.items()}
        article = build_article(snapshot.article_id, data)
        if config is not None:
            from alsinfo.editorial import check_rules

            ruled = check_rules(article, documents, snapshot.folder, today=today, config=config)
            problems.extend(ruled.problems)
            horizons.append(ruled.valid_until)
    files = len(present - {"people"})
    if snapshot.translations:
        from alsinfo.translations import check_translations

        translated = check_translations(snapshot, documents if sound else None, schemas=schemas, today=today,
                                        config=config)
        problems.extend(translated.problems)
        horizons.extend(translated.horizons)
        files += sum(translated.files)
        if data is not None and translated.data:
            data["translations"] = translated.data
    if config is not None and config.ignore:  # structural warnings (I308, I311, I312, T…) may be ignored
        problems = [p for p in problems if p.severity is Severity.ERROR or p.rule.startswith("HC")
                    or not any(p.rule.startswith(prefix) for prefix in config.ignore)]
    every = tuple(sorted(problems, key=Problem.sort_key))
    valid_until = min((day for day in horizons if day is not None), default=None)
    failed = any(problem.severity is Severity.ERROR for problem in every)
    return Verdict(every, files, valid_until, None if failed else article, None if failed else data)


_CONTENT_NAMES = frozenset(f"{kind}{SUFFIX}" for kind in KINDS)


def _is_unknown(entry: str, translations: Mapping[str, object]) -> bool:
    from alsinfo.snapshot import is_image_name, is_translation_name

    name = entry.removesuffix("/")
    return name not in _CONTENT_NAMES and not entry.startswith(".") \
        and not (is_image_name(entry) and not entry.endswith("/")) \
        and not (entry.endswith("/") and is_translation_name(name) and name in translations)


def _unknown_entry(entry: str) -> Problem:
    names = sorted(_CONTENT_NAMES, key=lambda name: KINDS.index(name.removesuffix(SUFFIX)))
    folder = entry.endswith("/")
    name = entry.removesuffix("/")
    guess = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    hint = f"did you mean '{guess[0]}'? " if guess else ""
    if folder:
        return UNKNOWN_FILE.at(name, 1, 1, (), "unknown folder in an article folder; the only folders there are "
                                               "translations, named by their language tag (de, pt-BR); keep other "
                                               "things outside the article folder")
    return UNKNOWN_FILE.at(name, 1, 1, (), f"unknown file in an article folder; "
                                           f"{hint}content files are {', '.join(names)}, "
                                           "and images (PNG, JPEG, GIF, WebP) that image blocks show")

