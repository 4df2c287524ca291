"""Open an article for reading: pick its folder, then check it or serve the cached verdict of
exactly its snapshot, and build the model once."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from alsinfo.cache import Cache, Entry, folder_key
from alsinfo.config import Config
from alsinfo.content import ContentPathError, articles_in_root, is_article_folder
from alsinfo.model import Article, build_article
from alsinfo.problems import Problem
from alsinfo.results import decode_problems, shown_from
from alsinfo.snapshot import context_key, context_salt


def choose_article(root: Path, article_id: str | None) -> Path:
    """The article folder to read: ``root`` itself, or the article ``article_id`` (or the only one) in it."""
    if not root.is_dir():
        raise ContentPathError(f"'{root}' is not a folder: give a content root or an article folder")
    if is_article_folder(root):
        if article_id is not None and article_id != root.name:
            raise ContentPathError(f"'{root}' is the article '{root.name}', not '{article_id}'")
        return root
    folders = {target.article_id: target.folder for target in articles_in_root(root)
               if is_article_folder(target.folder)}
    ids = list(folders)
    if article_id is not None:
        if article_id in folders:
            return folders[article_id]
        import difflib

        guesses = difflib.get_close_matches(article_id, ids, n=3, cutoff=0.6)
        hint = f"; did you mean {' or '.join(repr(g) for g in guesses)}?" if guesses else f"; {_some(ids)}"
        raise ContentPathError(f"no article '{article_id}' in '{root}'{hint}")
    if len(ids) == 1:
        return folders[ids[0]]
    if not ids:
        raise ContentPathError(f"no articles found in '{root}'")
    raise ContentPathError(f"'{root}' holds {len(ids)} articles; choose one with --article ID ({_some(ids)})")


def _some(ids: list[str], shown: int = 5) -> str:
    """A few of the article ids, not a line of thousands."""
    listed = ", ".join(ids[:shown])
    more = f" and {len(ids) - shown} more; `alsinfo validate` checks them all" if len(ids) > shown else ""
    return f"articles: {listed or 'none'}{more}"


class Opened(NamedTuple):
    """One article for a reader: its model when it can be read, else the problems that keep it from
    being read (shown from the run's folder)."""

    article: Article | None
    problems: tuple[Problem, ...]
    files_checked: int
    from_cache: bool
    folder: Path = Path()  # the article's folder
    translations: Mapping[str, Article] = MappingProxyType({})  # by language tag

    def in_language(self, language: str | None) -> Article | None:
        """The article in ``language`` (None, or the source's own language: the source); raises
        ContentPathError when it has no translation in that language."""
        if self.article is None or language is None or language.lower() == self.article.language.lower():
            return self.article
        for tag, article in self.translations.items():
            if tag.lower() == language.lower():
                return article
        known = ", ".join([self.article.language, *self.translations])
        raise ContentPathError(f"article '{self.article.id}' has no translation '{language}' (languages: {known})")


def translated_articles(article_id: str, data: Mapping[str, Any] | None) -> dict[str, Article]:
    """The models of an article's translations, from its checked data: each translation's files,
    with the source's references and people where it has none of its own."""
    if not data or "translations" not in data:
        return {}
    shared = {kind: data[kind] for kind in ("references", "people") if kind in data}
    if "references" in shared:  # the references are shared, their heading is not: the page's own label
        shared["references"] = {key: value for key, value in shared["references"].items() if key != "title"}
    return {language: build_article(article_id, {**shared, **files})
            for language, files in data["translations"].items()}


def open_article(folder: Path, *, schemas_folder: Path, cache: Cache | None, today: dt.date, base: Path,
                 config: Config) -> Opened:
    """The article in ``folder``, checked as `validate` checks it, or served from a cached verdict
    of exactly its snapshot: the model is built once, from the check or from the cached data."""
    salt = context_salt(schemas_folder)
    context = context_key(salt, config)
    entry = None
    if cache is not None:
        entry = cache.verdicts([folder]).get((folder_key(folder), context))
        # A row `validate` wrote holds no data to read: the article is checked again, and kept with it.
        if entry is not None and (entry.data is None or not entry.holds_on(today)):
            entry = None
    if entry is not None and entry.vouched_for_by_stamp(folder):
        return _opened_from(folder, entry, base)
    from alsinfo.engine import RACY_NS, Job, examine, settled  # only a miss checks

    job = Job(folder, config, salt, context, entry.key if entry is not None else "", today, schemas_folder,
              time.time_ns() - RACY_NS, keep_data=True)
    outcome, verdict = examine(job)
    stored, changed = settled(entry, outcome)
    if cache is not None and changed:
        cache.put_verdicts([(folder, context, stored)])
    if verdict is None:  # the snapshot is the one cached
        return _opened_from(folder, stored, base)
    problems = shown_from(verdict.problems, folder, base)
    return _with_versions(Opened(verdict.article, problems, verdict.files_checked, False, folder,
                                 translated_articles(folder.name, verdict.data)))


def _opened_from(folder: Path, entry: Entry, base: Path) -> Opened:
    problems = shown_from(decode_problems(entry.problems), folder, base)
    data = json.loads(entry.data) if entry.data is not None else None
    article = build_article(folder.name, data) if data is not None else None
    return _with_versions(Opened(article, problems, entry.files, True, folder, translated_articles(folder.name, data)))


def _with_versions(opened: Opened) -> Opened:
    """The source and each translation told of every language the article is published in."""
    if opened.article is None or not opened.translations:
        return opened
    source = opened.article
    versions = ((source.language, source.canonical_url),
                *((article.language, article.canonical_url) for article in opened.translations.values()))
    return opened._replace(article=source._replace(versions=versions), translations={
        language: article._replace(versions=versions, translation_of=source.language)
        for language, article in opened.translations.items()})
