"""Run every check over the targets: load each file, validate it, then check each article whole."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from alsinfo import integrity
from alsinfo.config import Config
from alsinfo.content import KINDS, REQUIRED_KINDS, SUFFIX, ArticleTarget, file_state, unknown_entries
from alsinfo.loader import UNREADABLE, Document, decode, load_bytes, load_file
from alsinfo.problems import Problem, ProblemKind, Severity
from alsinfo.results import ArticleResult, display_path, files_in, narrow, problem_from_row, problem_row
from alsinfo.schemas import SchemaSet

MISSING_FILE = ProblemKind("I304", "missing-file", Severity.ERROR, "An article folder lacks a required file.")
UNKNOWN_FILE = ProblemKind("I305", "unknown-file", Severity.ERROR, "An article folder holds an unknown file.")

KINDS_OF_PROBLEMS = (MISSING_FILE, UNKNOWN_FILE)


def check_article(target: ArticleTarget, *, schemas: SchemaSet, today: dt.date, base: Path,
                  config: Config | None = None, sources: Mapping[str, bytes] | None = None,
                  cached: Mapping[str, dict[str, Any]] | None = None) -> ArticleResult:
    """Load, validate and cross-check one article folder; when it is sound, run the editorial rules.

    ``config`` None means no editorial rules (structure only); ``Config()`` means every rule with
    its defaults. ``sources`` are the files' bytes when already read; ``cached`` holds, per kind,
    a file's earlier load and schema results for exactly these bytes, so it is neither parsed nor
    validated again (its positions are worked out only if a problem needs them).
    """
    problems: list[Problem] = []
    documents: dict[str, Document] = {}
    present: set[str] = set()
    payloads: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        path = target.kind_path(kind)
        file = display_path(path, base)
        state = file_state(path)
        if state == "other":
            present.add(kind)
            problems.append(UNREADABLE.at(file, 1, 1, (), f"{kind}{SUFFIX} is not a regular file; "
                                                          "content files must be plain text files"))
            continue
        if kind not in sources if sources is not None else state == "missing":
            if kind in REQUIRED_KINDS:
                problems.append(MISSING_FILE.at(file, 1, 1, (), f"missing file: every article needs {kind}{SUFFIX}"))
            continue
        present.add(kind)
        earlier = (cached or {}).get(kind)
        if earlier is not None:
            problems.extend(problem_from_row(row, file) for row in earlier["problems"])
            if earlier["data"] is not None:
                documents[kind] = Document(file, earlier["data"], decode(sources[kind] if sources else
                                                                        path.read_bytes(), file)[0] or "")
            continue
        loaded = load_bytes(sources[kind], file) if sources is not None else load_file(path, file)
        file_problems = list(loaded.problems)
        if loaded.document is not None:
            file_problems.extend(schemas.check(kind, loaded.document))
            if not file_problems:
                documents[kind] = loaded.document
        problems.extend(file_problems)
        payloads[kind] = {"problems": [problem_row(p) for p in file_problems],
                          "data": documents[kind].data if kind in documents else None}
    try:
        problems.extend(_unknown_entry(entry, base) for entry in unknown_entries(target.folder))
    except OSError as error:
        problems.append(UNREADABLE.at(display_path(target.folder, base), 1, 1, (),
                                      f"the article folder cannot be listed: {error.strerror or error}"))
    problems.extend(integrity.check_article(documents, present=frozenset(present), today=today))
    horizons = [integrity.date_horizon(documents, today)]  # the last days the date checks hold
    sound = set(documents) == present and not any(p.severity is Severity.ERROR for p in problems)
    if config is not None and sound and set(REQUIRED_KINDS) <= present:
        from alsinfo.editorial import check_rules

        paths = {kind: target.kind_path(kind) for kind in documents}
        ruled = check_rules(target.article_id, documents, paths, today=today, config=config)
        problems.extend(ruled.problems)
        horizons.append(ruled.valid_until)
    every = tuple(sorted(problems, key=Problem.sort_key))
    return ArticleResult(target, narrow(target, every, base), documents, files_in(target, present), payloads, every,
                         valid_until=min((day for day in horizons if day is not None), default=None))


def _unknown_entry(entry: Path, base: Path) -> Problem:
    names = [f"{kind}{SUFFIX}" for kind in KINDS]
    guess = difflib.get_close_matches(entry.name, names, n=1, cutoff=0.6)
    hint = f"did you mean '{guess[0]}'? " if guess else ""
    what = "folder" if entry.is_dir() else "file"
    return UNKNOWN_FILE.at(display_path(entry, base), 1, 1, (),
                           f"unknown {what} in an article folder; {hint}content files are {', '.join(names)}")
